package org.phare.web;
