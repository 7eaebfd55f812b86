// PowerDNS against the shared harness: the read-merge-PATCH of an RRset, read back until our values hold.
import { describe, it } from 'vitest'
import { powerdns } from '../../src/providers/powerdns/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = 'pdns-api-key-secret'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const ZONE_PATH = `/api/v1/servers/localhost/zones/${ZONE}.`

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(powerdns, script, { PDNS_API_KEY: KEY })
}

const readZone = (values: string[] | undefined): Exchange => ({
  method: 'GET',
  path: ZONE_PATH,
  headers: { 'x-api-key': KEY },
  reply: {
    body: {
      name: `${ZONE}.`,
      rrsets:
        values === undefined
          ? []
          : [
              {
                name: `${OWNER}.`,
                type: 'TXT',
                ttl: 60,
                records: values.map((v) => ({ content: `"${v}"`, disabled: false })),
              },
            ],
    },
  },
})

const replace = (values: string[]): Exchange => ({
  method: 'PATCH',
  path: ZONE_PATH,
  body: {
    rrsets: [
      {
        name: `${OWNER}.`,
        type: 'TXT',
        ttl: 60,
        changetype: 'REPLACE',
        records: values.map((v) => ({ content: `"${v}"`, disabled: false })),
      },
    ],
  },
  reply: { status: 204 },
})

describe('powerdns', () => {
  it('appends to an owner that already holds a value, then reads it back', async () => {
    const { provider } = await against([
      readZone(['keep-me']),
      replace(['keep-me', 'ours']),
      readZone(['keep-me', 'ours']),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('keeps the value another run wrote between our read and our PATCH: the read-back finds ours gone and merges again', async () => {
    const { provider } = await against([
      readZone(['keep-me']),
      replace(['keep-me', 'ours']),
      // another run read before our PATCH and wrote after it: its value replaced ours
      readZone(['keep-me', 'theirs']),
      replace(['keep-me', 'theirs', 'ours']),
      readZone(['keep-me', 'theirs', 'ours']),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('after a 500 on the PATCH, reads again and merges with the value another run wrote meanwhile, instead of sending the same PATCH again', async () => {
    const { provider } = await against([
      readZone(['keep-me']),
      { ...replace(['keep-me', 'ours']), reply: { status: 500, body: { error: 'Internal Server Error' } } },
      readZone(['keep-me', 'theirs']),
      replace(['keep-me', 'theirs', 'ours']),
      readZone(['keep-me', 'theirs', 'ours']),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('removes ours again when another run wrote back the set it read before our removal, keeping its own value', async () => {
    const { provider } = await against([
      readZone(['keep-me', 'ours']),
      replace(['keep-me']),
      readZone(['keep-me', 'ours', 'theirs']),
      replace(['keep-me', 'theirs']),
      readZone(['keep-me', 'theirs']),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })
})
