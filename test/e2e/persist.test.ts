// End to end: dns-persist-01 on the test bed. The CA's side of the draft is test/support/persist-ca.ts, a front
// before a Pebble that takes every answered challenge as valid: the front checks the _validation-persist record
// itself, through the bed's resolver, before it lets an answer through. Records are published by hand (as an
// operator does once) or by the run with a provider, on the two masters of persist.test or in the BIND alias zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AcmeSession } from '../../src/acme/index.js'
import { makePrivateKey } from '../../src/pki/keys.js'
import { publishTxt, topology } from '../support/bed.js'
import { type PersistCa, startPersistCa } from '../support/persist-ca.js'

const ZONE = topology.ZONES.persist

let ca: PersistCa
beforeAll(async () => {
  ca = await startPersistCa()
})
afterAll(async () => ca?.close())

describe('the test CA (its dns-persist-01 front)', () => {
  it('refuses an answer while no record validates, and lets it through once the record names the account', async () => {
    const name = `front.${ZONE}`
    const key = await makePrivateKey('ec-p256')
    /** An order for the name, answered: the front checks the record before Pebble hears of the answer. */
    const answer = async () => {
      const session = await AcmeSession.open(
        { directoryUrl: ca.directory, names: [name], challenge: 'dns-persist-01' },
        key,
        { debug: () => {} },
      )
      try {
        const { challenges } = await session.order()
        expect(challenges.map((c) => c.issuerDomainNames)).toEqual([[topology.CA_IDENTITY]])
        expect(challenges[0]?.challenge.accounturi).toBe(session.accountUrl)
        await session.validate(challenges)
        return session.accountUrl
      } finally {
        session.close()
      }
    }
    await expect(answer()).rejects.toThrow(/HTTP 403.*unauthorized/)
    const refused = ca.checks.at(-1)
    expect(refused).toMatchObject({ name, served: [], refused: expect.any(String) })

    const value = `${topology.CA_IDENTITY}; accounturi=${refused?.accountUri}`
    await publishTxt(['bind', 'pdns'], ZONE, `_validation-persist.${name}`, [value])
    expect(await answer()).toBe(refused?.accountUri)
    expect(ca.checks.at(-1)).toEqual({ name, accountUri: refused?.accountUri, served: [value] })
  })
})
