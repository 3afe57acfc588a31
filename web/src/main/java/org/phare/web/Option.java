package org.phare.web;

/** A choice of a select or switch: its value, label, and whether it is the current one. */
public record Option(String value, String label, boolean selected) {}
