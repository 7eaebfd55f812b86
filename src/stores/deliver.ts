// deliver: hand the issued certificate to every configured destination. Destinations run independently: one
// failing never undoes another, and the files written first always stay.
import type { CertificateBundle, Delivery, Store } from './types.js'

export interface DeliveryReport {
  readonly delivered: readonly { readonly store: string; readonly delivery: Delivery }[]
  readonly failed: readonly { readonly store: string; readonly error: string }[]
}

export async function deliverAll(
  stores: readonly Store[],
  bundle: CertificateBundle,
): Promise<DeliveryReport> {
  const results = await Promise.allSettled(stores.map((store) => store.deliver(bundle)))
  const delivered: { store: string; delivery: Delivery }[] = []
  const failed: { store: string; error: string }[] = []
  results.forEach((result, i) => {
    const store = (stores[i] as Store).id
    if (result.status === 'fulfilled') delivered.push({ store, delivery: result.value })
    else
      failed.push({
        store,
        error: result.reason instanceof Error ? result.reason.message : String(result.reason),
      })
  })
  return { delivered, failed }
}

export class DeliveryError extends Error {}

/** The error a run ends with when some destination failed: where the certificate is, and where it is not. */
export function deliveryError(report: DeliveryReport): DeliveryError {
  return new DeliveryError(
    [
      'The certificate was issued, but not every destination has it.',
      ...report.delivered.map((d) => `  delivered (${d.store}): ${d.delivery.destination}`),
      ...report.failed.map((f) => `  FAILED (${f.store}): ${f.error}`),
    ].join('\n'),
  )
}
