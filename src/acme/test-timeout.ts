// For tests only, never set by the action: CERTALIAS_TEST_CA_TIMEOUT_MS shortens the timeouts of every request to
// the CA (the ACME client's and the renewal information's) to that many milliseconds, so that a test of a stalled
// CA takes a second, not minutes. Not an input: nobody has a reason to give up sooner on a CA that answers slowly
// but answers.
export const TEST_TIMEOUT_ENV = 'CERTALIAS_TEST_CA_TIMEOUT_MS'

/** The test's timeout, or undefined when it is not set (or not a positive whole number). */
export function testTimeoutMs(env: Readonly<Record<string, string | undefined>> = {}): number | undefined {
  const ms = Number(env[TEST_TIMEOUT_ENV] ?? Number.NaN)
  return Number.isInteger(ms) && ms > 0 ? ms : undefined
}
