package org.cseprofile.run;

import java.util.List;

/** The restricted tables a run wrote, and where. */
public record WrittenTables(String restrictedRoot, List<String> tables) {

  public WrittenTables {
    tables = List.copyOf(tables);
  }
}
