// deliver: hand the issued certificate to every configured destination. Destinations run independently: one
// failing never undoes another, and the files written first always stay.
import type { CertificateBundle, Delivery, Store, StoreContext, StoreModule } from './types.js'

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

/** What the chosen destinations changed before the order, to put back should the run fail before delivering. */
export interface Prepared {
  readonly done: readonly string[]
  /** Each undone change, said for the log; a failure to undo is said too, never thrown over the run's error. */
  undo(): Promise<string[]>
}

/**
 * Before an order: every chosen destination that cannot take a certificate as it is (a name deleted softly) is
 * made able to, or the run stops here, naming it: no order is spent on a delivery that must fail.
 */
export async function prepareAll(
  selected: readonly { readonly module: StoreModule; readonly options: unknown }[],
  context: StoreContext,
): Promise<Prepared> {
  const results = await Promise.allSettled(
    selected.map(async ({ module, options }) => ({
      store: module.id,
      preparation: await module.prepare?.(options, context),
    })),
  )
  const prepared = results.flatMap((r) =>
    r.status === 'fulfilled' && r.value.preparation !== undefined
      ? [{ store: r.value.store, preparation: r.value.preparation }]
      : [],
  )
  const undo = () =>
    Promise.all(
      prepared.map(({ store, preparation }) =>
        preparation.undo().then(
          (what) => `${store}: ${what}`,
          (error: unknown) =>
            `${store}: could not put back what it changed before the order (${(error as Error).message}); the next run may find the old certificate there`,
        ),
      ),
    )
  const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []))
  if (refused.length > 0) {
    await undo()
    throw new Error(
      `${refused.map((e) => e.message).join('; ')}. Nothing was ordered: the certificate could not be stored there`,
      { cause: refused[0] },
    )
  }
  return { done: prepared.map(({ store, preparation }) => `${store}: ${preparation.done}`), undo }
}
