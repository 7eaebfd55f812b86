// npm run demo, against the running bed: the mistake it shows is caught with the fix line, and the issuing run
// names the servers it checked and waited on.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { demo } from '../bed/demo.mjs'
import { bedDir } from '../support/bed.js'

describe('npm run demo', () => {
  it('shows a CNAME missing on one master caught with its fix, then issues naming the servers it asked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'certalias-demo-'))
    const lines: string[] = []
    try {
      const code = await demo({
        dir,
        tsigSecret: (await readFile(join(bedDir(), 'tsig.secret'), 'utf8')).trim(),
        caCertPath: process.env.NODE_EXTRA_CA_CERTS,
        log: (line: string) => lines.push(line),
      })
      const shown = lines.join('\n')
      expect(code, shown).toBe(0)
      const [mistake, right] = shown.split('\n2. Done right') as [string, string]
      expect(mistake).toMatch(
        /ERROR: Not every authoritative server publishes the same _acme-challenge CNAME/,
      )
      expect(mistake).toContain(
        'publish "_acme-challenge.missing.example.test. CNAME _acme-challenge.validation.bind.test." in the DNS provider behind ns2.example.test',
      )
      expect(mistake).not.toMatch(/Order created|TXT written/)
      expect(right).toMatch(
        /publishes the same CNAME: example\.test on ns1\.example\.test, ns2\.example\.test/,
      )
      expect(right).toMatch(/serves every value: validation\.bind\.test on ns1\.example\.test/)
      expect(right).toMatch(/Issued in \d+ ms/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
