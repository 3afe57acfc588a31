package org.phare.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.phare.store.Progress;

/** Draws store progress as progress bars on standard error. */
public final class ConsoleProgress implements Progress {

  private ProgressBar bar;

  @Override
  public void start(String step, long total, String unit) {
    finish();
    bar =
        new ProgressBarBuilder()
            .setTaskName(step)
            .setInitialMax(total)
            .setUnit(" " + unit, 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(200)
            .build();
  }

  @Override
  public void advance(long done) {
    if (bar != null) {
      bar.stepBy(done);
    }
  }

  @Override
  public void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
