// Scaleway against the shared harness: each request as the Domains and DNS API v2beta1 documents it.
import { describe, expect, it } from 'vitest'
import { scaleway } from '../../src/providers/scaleway/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const SECRET = '11111111-2222-4333-8444-555555555555'
const PROJECT = '9a8b7c6d-0000-4000-8000-123456789abc'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { 'x-auth-token': SECRET }
const RECORDS = `/domain/v2beta1/dns-zones/${ZONE}/records`

let script: ApiScript | undefined
async function against(exchanges: Exchange[], env: Record<string, string> = {}) {
  script = await apiScript(exchanges)
  return providerAgainst(scaleway, script, { SCW_SECRET_KEY: SECRET, ...env })
}

const zone = (domain: string, subdomain: string) => ({
  domain,
  subdomain,
  ns: ['ns0.dom.scw.cloud', 'ns1.dom.scw.cloud'],
  ns_default: ['ns0.dom.scw.cloud', 'ns1.dom.scw.cloud'],
  ns_master: [],
  status: 'active',
  message: null,
  updated_at: '2025-01-01T00:00:00Z',
  project_id: PROJECT,
  linked_products: [],
})

const zonesPage = (
  page: number,
  total: number,
  zones: [string, string][],
  query: Record<string, string> = {},
): Exchange => ({
  method: 'GET',
  path: '/domain/v2beta1/dns-zones',
  query: { ...query, page: String(page), page_size: '100' },
  headers: AUTH,
  reply: { body: { total_count: total, dns_zones: zones.map(([d, s]) => zone(d, s)) } },
})

const recordsPage = (page: number, total: number, records: { id: string; data: string }[]): Exchange => ({
  method: 'GET',
  path: RECORDS,
  query: { name: '_acme-challenge', type: 'TXT', page: String(page), page_size: '100' },
  headers: AUTH,
  reply: {
    body: {
      total_count: total,
      records: records.map((r) => ({
        ...r,
        name: '_acme-challenge',
        type: 'TXT',
        ttl: 60,
        priority: 0,
        comment: null,
      })),
    },
  },
})

const patch = (changes: unknown[]): Exchange => ({
  method: 'PATCH',
  path: RECORDS,
  headers: { ...AUTH, 'content-type': 'application/json' },
  body: { changes, return_all_records: false, disallow_new_zone_creation: true },
  reply: { body: { records: [] } },
})

describe('scaleway', () => {
  it('finds a subdomain zone on a later page of the project, walking up from the zone DNS shows', async () => {
    const { provider } = await against(
      [
        zonesPage(1, 2, [['example.org', '']], { project_id: PROJECT }),
        zonesPage(2, 2, [['example.org', 'validation']], { project_id: PROJECT }),
        recordsPage(1, 0, []),
        patch([{ add: { records: [{ name: '_acme-challenge', type: 'TXT', data: '"v1"', ttl: 60 }] } }]),
      ],
      { SCW_PROJECT_ID: PROJECT },
    )
    await provider.append('acme.validation.example.org', OWNER, ['v1'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value in one add change, reading every page, keeping the old value', async () => {
    const { provider } = await against([
      zonesPage(1, 1, [['example.org', 'validation']]),
      recordsPage(1, 2, [{ id: 'a1', data: '"keep-me"' }]),
      recordsPage(2, 2, [{ id: 'a2', data: '"already-there"' }]),
      patch([
        {
          add: {
            records: [
              { name: '_acme-challenge', type: 'TXT', data: '"apex"', ttl: 60 },
              { name: '_acme-challenge', type: 'TXT', data: '"wildcard"', ttl: 60 },
            ],
          },
        },
      ]),
    ])
    await provider.append(ZONE, OWNER, ['already-there', 'apex', 'wildcard'])
    script?.assertDone()
  })

  it('removes one of two values by its id_fields and keeps the other', async () => {
    const { provider } = await against([
      zonesPage(1, 1, [['example.org', 'validation']]),
      recordsPage(1, 2, [
        { id: 'k', data: '"keep-me"' },
        { id: 'o', data: '"ours"' },
      ]),
      patch([{ delete: { id_fields: { name: '_acme-challenge', type: 'TXT', data: '"ours"' } } }]),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      zonesPage(1, 1, [['example.org', 'validation']]),
      recordsPage(1, 0, []),
      {
        ...patch([{ add: { records: [{ name: '_acme-challenge', type: 'TXT', data: '"v1"', ttl: 60 }] } }]),
        reply: {
          status: 429,
          headers: { 'retry-after': '5' },
          body: { message: 'rate limit exceeded', type: 'too_many_requests' },
        },
      },
      patch([{ add: { records: [{ name: '_acme-challenge', type: 'TXT', data: '"v1"', ttl: 60 }] } }]),
    ])
    await provider.append(ZONE, OWNER, ['v1'])
    expect(sleeps).toEqual([5000])
    script?.assertDone()
  })

  it('names SCW_SECRET_KEY on a 403, and never shows the key', async () => {
    const { provider, host } = await against([
      {
        ...zonesPage(1, 0, []),
        reply: {
          status: 403,
          body: {
            message: `insufficient permissions for ${SECRET}`,
            type: 'permissions_denied',
            details: [{ resource: 'dns_zone', action: 'read' }],
          },
        },
      },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/scaleway: GET .*HTTP 403.*SCW_SECRET_KEY/s)
    expect((error as Error).message).not.toContain(SECRET)
    expect(host.masked).toContain(SECRET)
    script?.assertDone()
  })
})
