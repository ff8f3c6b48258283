package org.cseprofile.table;

import org.apache.hadoop.conf.Configuration;

/** A process that opens an output folder as run {@code run-paused} and holds it until killed (for lock tests). */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws InterruptedException {
    StagedOutput.open(new OutputLayout(args[0]), new Configuration(), "run-paused", n -> {});
    System.out.println("held");
    System.out.flush();
    Thread.sleep(600_000);
  }
}
