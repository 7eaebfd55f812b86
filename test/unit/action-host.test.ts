// The core's Host on the runner (src/action/host.ts, over @actions/core): what the runner reads back must be
// exactly what was meant, and the workflow's OIDC token comes from the endpoint the runner names.
import { once } from 'node:events'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { actionsHost } from '../../src/action/host.js'
import { fakeOidc, OIDC_PATH } from '../support/fake-oidc.js'
import { parseFileCommands } from '../support/run-action.js'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
  vi.restoreAllMocks()
})

/** What the step prints, one entry per write. */
function stdout(): string[] {
  const lines: string[] = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk))
    return true
  })
  return lines
}

function runnerFile(name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'certalias-host-')), name)
  writeFileSync(path, '')
  return path
}

describe("the action's Host", () => {
  it('writes outputs and state the runner parses back whole, new lines included, and reads saved state', () => {
    process.env.GITHUB_OUTPUT = runnerFile('output')
    process.env.GITHUB_STATE = runnerFile('state')
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'

    actionsHost.setOutput('certificate', pem)
    actionsHost.setOutput('issued', 'true')
    actionsHost.saveState('records', '[{"owner":"x"}]')
    process.env.STATE_records = 'saved'

    expect(parseFileCommands(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({
      certificate: pem,
      issued: 'true',
    })
    expect(parseFileCommands(readFileSync(process.env.GITHUB_STATE, 'utf8'))).toEqual({
      records: '[{"owner":"x"}]',
    })
    expect(actionsHost.getState('records')).toBe('saved')
  })

  it('masks a secret once, escaped so that a multi-line secret cannot start a command of its own', () => {
    const lines = stdout()

    actionsHost.mask('line one\n::add-mask::nope\r%')
    actionsHost.mask('line one\n::add-mask::nope\r%')
    actionsHost.mask('  ')

    expect(lines).toEqual(['::add-mask::line one%0A::add-mask::nope%0D%25\n'])
  })

  it('appends each summary section once, in the order asked, when two are written at once; none without the file', async () => {
    const file = runnerFile('summary')
    writeFileSync(file, '# before\n')
    process.env.GITHUB_STEP_SUMMARY = file

    await Promise.all([actionsHost.summary('## one'), actionsHost.summary('## two')])

    expect(readFileSync(file, 'utf8')).toBe('# before\n## one\n## two\n')
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(actionsHost.summary('x')).resolves.toBeUndefined()
  })

  it("folds a group's lines between ::group:: and ::endgroup::, and closes it when the work fails", async () => {
    const lines = stdout()

    const result = await actionsHost.group('Propagation', async () => {
      actionsHost.info('ns1 serves every value')
      return 7
    })
    const failed = await actionsHost
      .group('Delivery', async () => {
        throw new Error('store down')
      })
      .catch((error: Error) => error.message)

    expect(result).toBe(7)
    expect(failed).toBe('store down')
    expect(lines).toEqual([
      '::group::Propagation\n',
      'ns1 serves every value\n',
      '::endgroup::\n',
      '::group::Delivery\n',
      '::endgroup::\n',
    ])
  })

  it("says debug is on when the runner's debug logging is (RUNNER_DEBUG=1)", () => {
    delete process.env.RUNNER_DEBUG
    expect(actionsHost.isDebug()).toBe(false)
    process.env.RUNNER_DEBUG = '1'
    expect(actionsHost.isDebug()).toBe(true)
  })
})

describe("the action's Host: the workflow's OIDC token", () => {
  async function endpoint(answer?: (status: number) => number) {
    const oidc = fakeOidc()
    const asked: string[] = []
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://runner')
      asked.push(url.pathname + url.search)
      const { status, body } = url.pathname === OIDC_PATH ? oidc.answer(req, url) : { status: 404, body: {} }
      res.writeHead(answer?.(status) ?? status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    Object.assign(process.env, oidc.env(origin))
    return { oidc, asked, close: () => server.close() }
  }

  it('without id-token: write (no request URL or token) says what to give the job, and asks nothing', async () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN

    await expect(actionsHost.idToken('sts.amazonaws.com')).rejects.toThrow(
      'this job does not get it (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are unset): add ' +
        '`permissions: id-token: write` to the job (with `contents: read` beside it when the job checks out the ' +
        'repository; pull requests from forks never get one)',
    )
  })

  it("asks the runner's endpoint for the audience with the request token, and masks both tokens", async () => {
    const lines = stdout()
    const { oidc, asked, close } = await endpoint()
    try {
      const token = await actionsHost.idToken('sts.amazonaws.com')

      expect(oidc.issued.get(token)).toBe('sts.amazonaws.com')
      expect(asked).toEqual([`${OIDC_PATH}?api-version=2.0&audience=sts.amazonaws.com`])
      const masked = lines.filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice(12).trim())
      expect(masked).toEqual(expect.arrayContaining([oidc.requestToken, token]))
      // GitHub's default audience: no audience asked for
      const plain = await actionsHost.idToken()
      expect(oidc.issued.get(plain)).toBe('https://github.com/octo')
      expect(asked[1]).toBe(`${OIDC_PATH}?api-version=2.0`)
    } finally {
      close()
    }
  })

  it('a refusal of the endpoint comes back as one line that says so', async () => {
    stdout()
    const { close } = await endpoint(() => 403)
    try {
      const error = await actionsHost.idToken('api://AzureADTokenExchange').catch((e: Error) => e)

      expect((error as Error).message).toMatch(/^GitHub's token endpoint did not give one \(.*403.*\)$/)
      expect((error as Error).message).not.toContain('\n')
    } finally {
      close()
    }
  })
})
