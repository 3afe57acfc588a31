package org.phare.cli;

/** Output formats of the commands. */
public enum OutputFormat {
  JSON,
  CSV,
  TEXT
}
