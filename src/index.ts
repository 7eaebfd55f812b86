// Entry of dist/index.js, for both `main` and `post`: the post step is told apart by saved state.
import * as core from '@actions/core'
import { run } from './main.js'
import { post } from './post.js'

if (core.getState('isPost') === 'true') {
  await post()
} else {
  core.saveState('isPost', 'true')
  await run()
}
