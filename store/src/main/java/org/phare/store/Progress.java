package org.phare.store;

/**
 * Progress of long work (imports, first start), reported to whoever shows it: the CLI draws a
 * progress bar, tests and the web ignore it.
 */
public interface Progress {

  /** A step starts, with its total amount of work in {@code unit}s (-1 when unknown). */
  void start(String step, long total, String unit);

  /** Work done since the last call. */
  void advance(long done);

  /** The step ended. */
  void finish();

  /** Reports nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void start(String step, long total, String unit) {}

        @Override
        public void advance(long done) {}

        @Override
        public void finish() {}
      };
}
