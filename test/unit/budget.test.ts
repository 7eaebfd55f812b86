import { describe, expect, it } from 'vitest'
import { registeredDomains } from '../../src/names/registered-domain.js'
import { budgetOrders, type DueEntry, urgency } from '../../src/renewal/budget.js'

const now = new Date('2027-03-01T00:00:00Z')
const at = (days: number) => new Date(now.getTime() + days * 86_400_000)
const entry = (name: string, facts: Partial<DueEntry> = {}): DueEntry => ({
  names: [name],
  replaces: false,
  ...facts,
})

describe('urgency', () => {
  it('expired first (longest expired first), then none at all, then the earliest renewal time, then list order', () => {
    const entries = [
      entry('a.example', { notAfter: at(20), renewAfter: at(-1) }),
      entry('b.example'),
      entry('c.example', { notAfter: at(-1) }),
      entry('d.example', { notAfter: at(10), renewAfter: at(-5) }),
      entry('e.example', { notAfter: at(-3) }),
      entry('f.example'),
    ]
    expect(urgency(entries, now)).toEqual([4, 2, 1, 5, 3, 0])
  })
})

describe('budgetOrders', () => {
  it('orders the most urgent up to max_orders and defers the rest with the reason', () => {
    const entries = [
      entry('a.example', { notAfter: at(20), renewAfter: at(-1) }),
      entry('b.example', { notAfter: at(-2) }),
      entry('c.example'),
    ]
    const budget = budgetOrders(entries, { now, maxOrders: 2 })
    expect(budget.order).toEqual([1, 2])
    expect([...budget.deferred]).toEqual([
      [0, 'deferred: max_orders (2) reached in this run; the next run takes it'],
    ])
  })

  it('no limit orders every entry', () => {
    const budget = budgetOrders([entry('a.example'), entry('b.example')], { now })
    expect(budget.order).toEqual([0, 1])
    expect(budget.deferred.size).toBe(0)
  })

  it('counts new certificates per registered domain (the public suffix list), ARI renewals exempt', async () => {
    const registeredDomain = await registeredDomains()
    const entries = [
      entry('a.example.co.uk'),
      entry('b.example.co.uk', { notAfter: at(5), renewAfter: at(-1), replaces: true }),
      entry('*.c.example.co.uk'),
      entry('x.other.co.uk'),
      // two sites of one private suffix are two registered domains
      entry('one.github.io'),
      entry('two.github.io'),
    ]
    const budget = budgetOrders(entries, { now, perRegisteredDomain: 1, registeredDomain })
    expect(budget.order).toEqual([0, 3, 4, 5, 1])
    expect([...budget.deferred]).toEqual([
      [
        2,
        "deferred: 1 new certificates for example.co.uk in this run (a safe share of the CA's limit per registered domain); the next run takes it",
      ],
    ])
  })

  it('a certificate with names in two registered domains counts against both', async () => {
    const registeredDomain = await registeredDomains()
    const entries = [{ names: ['a.one.example', 'a.two.example'], replaces: false }, entry('b.two.example')]
    const budget = budgetOrders(entries, { now, perRegisteredDomain: 1, registeredDomain })
    expect(budget.order).toEqual([0])
    expect(budget.deferred.get(1)).toMatch(/for two\.example/)
  })
})
