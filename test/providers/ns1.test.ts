// NS1 against the shared harness: each request as the NS1 API documents it.
import { describe, expect, it } from 'vitest'
import { ns1 } from '../../src/providers/ns1/index.js'
import { type ApiScript, apiScript, type Exchange, providerAgainst } from '../support/provider-harness.js'

const KEY = 'ns1-key-secret-5678'
const ZONE = 'validation.example.org'
const OWNER = '_acme-challenge.validation.example.org'
const AUTH = { 'x-nsone-key': KEY }
const BASE = '/v1'
const RECORD = `${BASE}/zones/${ZONE}/${OWNER}/TXT`

let script: ApiScript | undefined
async function against(exchanges: Exchange[]) {
  script = await apiScript(exchanges)
  return providerAgainst(ns1, script, { NS1_API_KEY: KEY }, BASE)
}

const zoneLookup = (name: string, found: boolean): Exchange => ({
  method: 'GET',
  path: `${BASE}/zones/${name}`,
  query: { records: 'false' },
  headers: AUTH,
  reply: found
    ? { body: { id: '5f2a', zone: name, ttl: 3600, records: [], dns_servers: ['dns1.p01.nsone.net'] } }
    : { status: 404, body: { message: 'zone not found' } },
})

const ns1Record = (answers: { id: string; answer: string[] }[]) => ({
  id: '62b1',
  zone: ZONE,
  domain: OWNER,
  type: 'TXT',
  ttl: 120,
  answers: answers.map((a) => ({ ...a, meta: {} })),
  filters: [],
  tier: 1,
})

const readRecord = (answers: { id: string; answer: string[] }[] | undefined): Exchange => ({
  method: 'GET',
  path: RECORD,
  headers: AUTH,
  reply:
    answers === undefined
      ? { status: 404, body: { message: 'record not found' } }
      : { body: ns1Record(answers) },
})

describe('ns1', () => {
  it('finds the zone walking up from the owner when DNS shows a zone the account does not have', async () => {
    const owner = `_acme-challenge.acme.${ZONE}`
    const { provider } = await against([
      zoneLookup(`acme.${ZONE}`, false),
      zoneLookup(ZONE, true),
      {
        method: 'GET',
        path: `${BASE}/zones/${ZONE}/${owner}/TXT`,
        headers: AUTH,
        reply: { status: 404, body: { message: 'record not found' } },
      },
      {
        method: 'PUT',
        path: `${BASE}/zones/${ZONE}/${owner}/TXT`,
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: { zone: ZONE, domain: owner, type: 'TXT', ttl: 120, answers: [{ answer: ['v1'] }] },
        reply: {
          body: { id: '62b1', zone: ZONE, domain: owner, type: 'TXT', answers: [{ answer: ['v1'] }] },
        },
      },
      {
        method: 'GET',
        path: `${BASE}/zones/${ZONE}/${owner}/TXT`,
        headers: AUTH,
        reply: { body: { ...ns1Record([{ id: '62b1', answer: ['v1'] }]), domain: owner } },
      },
    ])
    await provider.append(`acme.${ZONE}`, owner, ['v1'])
    script?.assertDone()
  })

  it('puts the owner into the record path as one segment: a / or %2e%2e in it cannot reach another resource', async () => {
    const owner = `_acme-challenge.a/%2e%2e/%2e%2e.${ZONE}`
    const path = `${BASE}/zones/${ZONE}/${encodeURIComponent(owner)}/TXT`
    expect(path).toContain('_acme-challenge.a%2F%252e%252e%2F%252e%252e.validation')
    const { provider } = await against([
      zoneLookup(ZONE, true),
      { method: 'GET', path, headers: AUTH, reply: { status: 404, body: { message: 'record not found' } } },
      {
        method: 'PUT',
        path,
        body: { zone: ZONE, domain: owner, type: 'TXT', ttl: 120, answers: [{ answer: ['v1'] }] },
        reply: { body: { ...ns1Record([{ id: '1', answer: ['v1'] }]), domain: owner } },
      },
      {
        method: 'GET',
        path,
        reply: { body: { ...ns1Record([{ id: '1', answer: ['v1'] }]), domain: owner } },
      },
    ])
    await provider.append(ZONE, owner, ['v1'])
    script?.assertDone()
  })

  it('creates the record with apex and wildcard values in one PUT when the owner has none', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRecord(undefined),
      {
        method: 'PUT',
        path: RECORD,
        headers: AUTH,
        body: {
          zone: ZONE,
          domain: OWNER,
          type: 'TXT',
          ttl: 120,
          answers: [{ answer: ['a'] }, { answer: ['b'] }],
        },
        reply: {
          body: ns1Record([
            { id: '1', answer: ['a'] },
            { id: '2', answer: ['b'] },
          ]),
        },
      },
      readRecord([
        { id: '1', answer: ['a'] },
        { id: '2', answer: ['b'] },
      ]),
    ])
    await provider.append(ZONE, OWNER, ['a', 'b'])
    script?.assertDone()
  })

  it('appends to an owner that already holds a value, posting the old answer back with the new one', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRecord([{ id: 'old', answer: ['keep-me'] }]),
      {
        method: 'POST',
        path: RECORD,
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: {
          zone: ZONE,
          domain: OWNER,
          type: 'TXT',
          answers: [{ id: 'old', answer: ['keep-me'], meta: {} }, { answer: ['new-value'] }],
        },
        reply: {
          body: ns1Record([
            { id: 'old', answer: ['keep-me'] },
            { id: 'n', answer: ['new-value'] },
          ]),
        },
      },
      readRecord([
        { id: 'old', answer: ['keep-me'] },
        { id: 'n', answer: ['new-value'] },
      ]),
    ])
    await provider.append(ZONE, OWNER, ['new-value'])
    script?.assertDone()
  })

  it('serializes two appends to one owner so the second sees the first', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRecord(undefined),
      {
        method: 'PUT',
        path: RECORD,
        body: { zone: ZONE, domain: OWNER, type: 'TXT', ttl: 120, answers: [{ answer: ['a'] }] },
        reply: { body: ns1Record([{ id: '1', answer: ['a'] }]) },
      },
      readRecord([{ id: '1', answer: ['a'] }]),
      readRecord([{ id: '1', answer: ['a'] }]),
      {
        method: 'POST',
        path: RECORD,
        body: {
          zone: ZONE,
          domain: OWNER,
          type: 'TXT',
          answers: [{ id: '1', answer: ['a'], meta: {} }, { answer: ['b'] }],
        },
        reply: {
          body: ns1Record([
            { id: '1', answer: ['a'] },
            { id: '2', answer: ['b'] },
          ]),
        },
      },
      readRecord([
        { id: '1', answer: ['a'] },
        { id: '2', answer: ['b'] },
      ]),
    ])
    await Promise.all([provider.append(ZONE, OWNER, ['a']), provider.append(ZONE, OWNER, ['b'])])
    script?.assertDone()
  })

  it('keeps the value another run wrote between our read and our POST: the read-back finds ours gone and merges again', async () => {
    const post = (answers: unknown[], reply: { id: string; answer: string[] }[]): Exchange => ({
      method: 'POST',
      path: RECORD,
      body: { zone: ZONE, domain: OWNER, type: 'TXT', answers },
      reply: { body: ns1Record(reply) },
    })
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRecord([{ id: 'k', answer: ['keep-me'] }]),
      post(
        [{ id: 'k', answer: ['keep-me'], meta: {} }, { answer: ['ours'] }],
        [
          { id: 'k', answer: ['keep-me'] },
          { id: 'o', answer: ['ours'] },
        ],
      ),
      // another run read before our POST and wrote after it: its value replaced ours
      readRecord([
        { id: 'k', answer: ['keep-me'] },
        { id: 't', answer: ['theirs'] },
      ]),
      post(
        [
          { id: 'k', answer: ['keep-me'], meta: {} },
          { id: 't', answer: ['theirs'], meta: {} },
          { answer: ['ours'] },
        ],
        [
          { id: 'k', answer: ['keep-me'] },
          { id: 't', answer: ['theirs'] },
          { id: 'o', answer: ['ours'] },
        ],
      ),
      readRecord([
        { id: 'k', answer: ['keep-me'] },
        { id: 't', answer: ['theirs'] },
        { id: 'o', answer: ['ours'] },
      ]),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('after a 500 on the POST, reads again and merges with the value another run wrote meanwhile, instead of sending the same POST again', async () => {
    const post = (answers: unknown[], reply: Exchange['reply']): Exchange => ({
      method: 'POST',
      path: RECORD,
      body: { zone: ZONE, domain: OWNER, type: 'TXT', answers },
      reply,
    })
    const keep = { id: 'k', answer: ['keep-me'] }
    const theirs = { id: 't', answer: ['theirs'] }
    const ours = { id: 'o', answer: ['ours'] }
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRecord([keep]),
      post([{ ...keep, meta: {} }, { answer: ['ours'] }], {
        status: 500,
        body: { message: 'internal error' },
      }),
      readRecord([keep, theirs]),
      post([{ ...keep, meta: {} }, { ...theirs, meta: {} }, { answer: ['ours'] }], {
        body: ns1Record([keep, theirs, ours]),
      }),
      readRecord([keep, theirs, ours]),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('removes one of two values and keeps the other', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRecord([
        { id: 'keep', answer: ['keep-me'] },
        { id: 'ours', answer: ['ours'] },
      ]),
      {
        method: 'POST',
        path: RECORD,
        headers: AUTH,
        body: {
          zone: ZONE,
          domain: OWNER,
          type: 'TXT',
          answers: [{ id: 'keep', answer: ['keep-me'], meta: {} }],
        },
        reply: { body: ns1Record([{ id: 'keep', answer: ['keep-me'] }]) },
      },
      readRecord([{ id: 'keep', answer: ['keep-me'] }]),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('deletes the record when our values were the last ones', async () => {
    const { provider } = await against([
      zoneLookup(ZONE, true),
      readRecord([{ id: 'ours', answer: ['ours'] }]),
      { method: 'DELETE', path: RECORD, headers: AUTH, reply: { body: {} } },
      readRecord(undefined),
    ])
    await provider.remove(ZONE, OWNER, ['ours'])
    script?.assertDone()
  })

  it('waits as a 429 asks and then succeeds', async () => {
    const { provider, sleeps } = await against([
      {
        ...zoneLookup(ZONE, true),
        reply: { status: 429, headers: { 'retry-after': '4' }, body: { message: 'rate limit exceeded' } },
      },
      zoneLookup(ZONE, true),
      readRecord([{ id: 'ours', answer: ['ours'] }]),
    ])
    await provider.append(ZONE, OWNER, ['ours'])
    expect(sleeps).toEqual([4000])
    script?.assertDone()
  })

  it('names NS1_API_KEY on a 401, and never shows the key', async () => {
    const { provider, host } = await against([
      { ...zoneLookup(ZONE, true), reply: { status: 401, body: { message: `Unauthorized key ${KEY}` } } },
    ])
    const error = await provider.append(ZONE, OWNER, ['v1']).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/ns1: GET .*HTTP 401.*NS1_API_KEY/s)
    expect((error as Error).message).not.toContain(KEY)
    expect(host.masked).toContain(KEY)
    script?.assertDone()
  })
})
