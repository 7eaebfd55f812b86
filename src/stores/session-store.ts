// The shape the cloud destinations share (aws-acm, aws-secrets-manager, azure-key-vault, gcp-secret-manager): a
// session holds the calls of one account, region or vault with one credential; delivering, reading the current
// certificate and removing it each open one. Only what a delivery does with its session differs.
import type {
  CertificateBundle,
  CurrentCertificate,
  Delivery,
  Preparation,
  Removal,
  RevokedCertificate,
  StoreContext,
  StoreDeclaration,
  StoreModule,
} from './types.js'

export interface StoreSession {
  readCurrent(): Promise<CurrentCertificate | undefined>
  remove(revoked: RevokedCertificate): Promise<Removal>
  prepare?(): Promise<Preparation | undefined>
}

export function sessionStore<Options, Session extends StoreSession>(
  declaration: StoreDeclaration<Options>,
  open: (options: Options, context: StoreContext) => Session,
  deliver: (
    session: Session,
    bundle: CertificateBundle,
    run: { readonly options: Options; readonly context: StoreContext },
  ) => Promise<Delivery>,
): StoreModule<Options> {
  return {
    ...declaration,
    create(options, context) {
      const session = open(options, context)
      return { id: declaration.id, deliver: (bundle) => deliver(session, bundle, { options, context }) }
    },
    readCurrent: async (options, context) => open(options, context).readCurrent(),
    remove: async (options, context, revoked) => open(options, context).remove(revoked),
    ...(declaration.prepares && { prepare: async (options, context) => open(options, context).prepare?.() }),
  }
}
