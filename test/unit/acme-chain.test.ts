// Choosing among the chains a CA offers (RFC 8555 section 7.4.2): the Link header's alternates, and the issuer
// at the top of a chain, as certbot and lego compare it with preferred_chain.
import { describe, expect, it } from 'vitest'
import { linkTargets, topIssuerName } from '../../src/acme/chain.js'
import { selfSigned } from '../support/certificates.js'

describe('Link header targets', () => {
  const base = 'https://ca.test/cert/1'

  it('finds the alternates in one joined header, resolved against the certificate URL, in order', () => {
    const link =
      '<https://ca.test/dir>;rel="index", <https://ca.test/cert/1/alt/1>;rel="alternate", </cert/1/alt/2>; rel=alternate'
    expect(linkTargets(link, 'alternate', base)).toEqual([
      'https://ca.test/cert/1/alt/1',
      'https://ca.test/cert/1/alt/2',
    ])
  })

  it('reads a header sent more than once, a rel of several values, and ignores other relations', () => {
    const link = [
      '<alt/1>;rel="alternate index"',
      '<https://ca.test/dir>; rel="index"',
      '<x>;title="rel=alternate"',
    ]
    expect(linkTargets(link, 'alternate', `${base}/`)).toEqual(['https://ca.test/cert/1/alt/1'])
    expect(linkTargets(undefined, 'alternate', base)).toEqual([])
  })
})

describe('the issuer at the top of a chain', () => {
  it("is the issuer's common name of the last certificate of the chain", async () => {
    const dates = { notBefore: new Date(), notAfter: new Date(Date.now() + 86_400_000) }
    // self-signed, so each one's issuer is its own name
    const [leaf, top] = await Promise.all([
      selfSigned({ names: ['www.example.test'], ...dates }),
      selfSigned({ names: ['Test Root X1'], ...dates }),
    ])
    expect(topIssuerName(`${leaf.certificate}${top.certificate}`)).toBe('Test Root X1')
    expect(topIssuerName(leaf.certificate)).toBe('www.example.test')
    expect(topIssuerName('no certificate here')).toBeUndefined()
  })
})
