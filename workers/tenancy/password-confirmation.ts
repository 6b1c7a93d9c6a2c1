import { verifyPassword } from "../../shared/crypto/password";
import { AppError } from "../platform/errors";
import { refundPasswordCheck, reservePasswordCheck } from "./login-throttle";

/**
 * Asks a signed-in person for their password again before a change to how they sign in (2FA),
 * so a stolen session alone cannot turn 2FA off or read a new secret. It spends the same budget
 * as sign-in, so these routes are no faster way to guess a password. A wrong password is 403,
 * not 401: the session itself is still good, and the console signs out on a 401.
 */
export async function confirmPassword(
  d1: D1Database,
  user: { email: string; passwordHash: string },
  password: string,
  address: string,
): Promise<void> {
  const budget = await reservePasswordCheck(d1, user.email, address);
  if (!(await verifyPassword(password, user.passwordHash))) {
    throw new AppError(403, "invalid_password", "That password is not right", { errors: [{ path: "password", message: "Wrong password" }] });
  }
  await refundPasswordCheck(d1, budget);
}
