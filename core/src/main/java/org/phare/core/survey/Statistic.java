package org.phare.core.survey;

import java.util.Locale;

/** The kinds of design-based estimate, with the R {@code survey} function each one follows. */
public enum Statistic {
  /** Weighted mean, R {@code svymean}. */
  MEAN,
  /** Weighted total, R {@code svytotal}. */
  TOTAL,
  /** Share of one category, R {@code svymean(~factor)} with {@code svyciprop(method="logit")}. */
  PROPORTION,
  /** Ratio of two totals, R {@code svyratio}. */
  RATIO,
  /** Quantile, R {@code svyquantile(qrule="math", interval.type="mean")}. */
  QUANTILE,
  /** Share of ratings at least a threshold, R {@code svyciprop(~I(y >= t), method="logit")}. */
  SHARE_AT_LEAST,
  /** Share of respondents citing an item among several responses (multi-response). */
  CITED,
  /** Share of respondents citing an item in first position (multi-response). */
  CITED_FIRST;

  /** Lower-case name used in JSON and CSV outputs ({@code share_at_least}...). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when the estimate is a proportion whose confidence interval is computed on the logit. */
  public boolean isProportion() {
    return this == PROPORTION || this == SHARE_AT_LEAST || this == CITED || this == CITED_FIRST;
  }
}
