package org.phare.bench;
