// The CA presets of the `acme_server` input.
export interface AcmeServerPreset {
  readonly directory: string | ((keyType: string) => string)
  /** The CA refuses new accounts without external account binding. */
  readonly requiresEab: boolean
  readonly eabHelp?: string
  /**
   * A safe share of the CA's published limits for one run over a fleet: new orders, and new certificates per
   * registered domain (renewals that name what they replace are exempt, as the CA counts them).
   */
  readonly fleetShare?: { readonly orders: number; readonly perRegisteredDomain: number }
}

export const ACME_SERVERS: Readonly<Record<string, AcmeServerPreset>> = {
  letsencrypt: {
    directory: 'https://acme-v02.api.letsencrypt.org/directory',
    requiresEab: false,
    // half of 300 new orders per account per 3 hours and of 50 certificates per registered domain per week: a
    // run the day after still has room, and so has every other client of the account
    fleetShare: { orders: 150, perRegisteredDomain: 25 },
  },
  'letsencrypt-staging': {
    directory: 'https://acme-staging-v02.api.letsencrypt.org/directory',
    requiresEab: false,
  },
  zerossl: {
    directory: 'https://acme.zerossl.com/v2/DV90',
    requiresEab: true,
    eabHelp: 'ZeroSSL dashboard > Developer > EAB Credentials',
  },
  google: {
    directory: 'https://dv.acme-v02.api.pki.goog/directory',
    requiresEab: true,
    eabHelp: 'gcloud publicca external-account-keys create',
  },
  'google-staging': {
    directory: 'https://dv.acme-v02.test-api.pki.goog/directory',
    requiresEab: true,
    eabHelp: 'gcloud publicca external-account-keys create (staging project)',
  },
  buypass: { directory: 'https://api.buypass.com/acme/directory', requiresEab: false },
  sslcom: {
    // SSL.com issues from a different CA per key algorithm.
    directory: (keyType) =>
      keyType.startsWith('ec-') ? 'https://acme.ssl.com/sslcom-dv-ecc' : 'https://acme.ssl.com/sslcom-dv-rsa',
    requiresEab: true,
    eabHelp: 'SSL.com account > API credentials',
  },
}
