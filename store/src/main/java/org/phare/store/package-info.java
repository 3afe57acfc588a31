package org.phare.store;
