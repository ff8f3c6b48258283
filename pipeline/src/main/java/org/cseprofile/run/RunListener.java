package org.cseprofile.run;

/** Receives progress and warnings from a run; the command line decides how to show them. */
public interface RunListener {

  /** A stage of the run is starting. */
  void stage(String name);

  /** Something the user should know; never contains a cell value. */
  void warning(String message);

  /** A listener that ignores everything. */
  RunListener SILENT = new RunListener() {
    @Override
    public void stage(String name) {}

    @Override
    public void warning(String message) {}
  };
}
