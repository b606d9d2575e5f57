// Placeholder clutter in Chromium and Firefox with the built extension: one page per widget
// kind and language, and the traps (an article about Lorem ipsum, real comments, a real related
// list, a working newsletter form, a list that loads late, a demo page). Fixtures:
// www/placeholder/pages.mjs.

import { fixtureSuite } from './lib/fixtures.mjs';

fixtureSuite('placeholders', 'placeholder');
