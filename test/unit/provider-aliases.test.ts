// lego's other names for a provider variable (CF_DNS_API_TOKEN beside CLOUDFLARE_DNS_API_TOKEN) stand for it.
import { describe, expect, it } from 'vitest'
import { missingCredentials } from '../../src/config/index.js'
import { acceptedNames, type ProviderDescriptor, withAliases } from '../../src/providers/types.js'

const descriptor: ProviderDescriptor = {
  id: 'demo',
  name: 'Demo DNS',
  credentials: [
    { env: 'DEMO_API_TOKEN', description: 'token', secret: true, aliases: ['DEMO_TOKEN', 'DM_TOKEN'] },
    { env: 'DEMO_USER', description: 'user', set: 'user', aliases: ['DEMO_LOGIN'] },
    { env: 'DEMO_PASSWORD', description: 'password', secret: true, set: 'user' },
    { env: 'DEMO_KEY', description: 'key', secret: true, set: 'key' },
  ],
  settings: [{ env: 'DEMO_API_URL', description: 'API base URL', aliases: ['DEMO_ENDPOINT'] }],
  leastPrivilege: 'none',
  docs: 'https://demo.invalid',
}

describe('provider variable aliases', () => {
  it('fills an unset variable from its first alias that is set, and leaves the rest alone', () => {
    const env = withAliases(descriptor, {
      DM_TOKEN: 't2',
      DEMO_TOKEN: '',
      DEMO_ENDPOINT: 'https://x',
      OTHER: 'o',
    })
    expect(env).toEqual({
      DM_TOKEN: 't2',
      DEMO_TOKEN: '',
      DEMO_ENDPOINT: 'https://x',
      OTHER: 'o',
      DEMO_API_TOKEN: 't2',
      DEMO_API_URL: 'https://x',
    })
  })

  it('prefers the variable under its own name over an alias', () => {
    expect(withAliases(descriptor, { DEMO_API_TOKEN: 'own', DEMO_TOKEN: 'alias' }).DEMO_API_TOKEN).toBe('own')
  })

  it('counts a credential given under an alias as given', () => {
    expect(
      missingCredentials(descriptor, { DEMO_TOKEN: 't', DEMO_LOGIN: 'u', DEMO_PASSWORD: 'p' }),
    ).toBeUndefined()
  })

  it('names every accepted name of a missing credential', () => {
    expect(missingCredentials(descriptor, {})).toBe(
      'DEMO_API_TOKEN (or DEMO_TOKEN, DM_TOKEN), and one of: DEMO_USER (or DEMO_LOGIN) + DEMO_PASSWORD (user); or DEMO_KEY (key)',
    )
    expect(acceptedNames({ env: 'A', description: '' })).toBe('A')
  })
})
