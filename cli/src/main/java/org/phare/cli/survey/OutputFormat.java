package org.phare.cli.survey;

/** Output format of the survey commands. */
public enum OutputFormat {
  JSON,
  CSV
}
