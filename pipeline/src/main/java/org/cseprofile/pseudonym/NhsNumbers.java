package org.cseprofile.pseudonym;

/** NHS numbers: ten digits whose last is the Modulus 11 check digit of the first nine. */
public final class NhsNumbers {
  private NhsNumbers() {}

  /**
   * Whether {@code normalised} (spaces and hyphens already removed) is a valid NHS number: ten
   * digits; the first nine weighted 10 down to 2 and summed; 11 minus the sum's remainder modulo 11
   * (11 counting as 0; 10 is never valid) equals the tenth digit.
   */
  public static boolean valid(String normalised) {
    if (normalised.length() != 10 || !normalised.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (normalised.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == normalised.charAt(9) - '0';
  }
}
