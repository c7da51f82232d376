// npm run samples: regenerates docs/sample-comment.md and docs/sample-comment-over-budget.md, the pull-request
// comments for the shipped examples, so readers can see what the action posts. A test keeps them current.
import { writeFileSync } from 'node:fs';
import { sampleComments } from './sample-comments.js';

for (const [file, body] of Object.entries(sampleComments())) {
  writeFileSync(file, body);
  console.log(`${file}: ${body.length} characters`);
}
