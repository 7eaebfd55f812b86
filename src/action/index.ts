// The action's step, main or post: the post step is the same bundle, told apart by the state the main step saved.
import * as core from '@actions/core'

export async function step(): Promise<void> {
  if (core.getState('isPost') === 'true') {
    await (await import('./post.js')).post()
  } else {
    core.saveState('isPost', 'true')
    await (await import('./main.js')).run()
  }
}
