// mocha/mocha.js is mocha's self-contained browser build (it defines the global `mocha`): the web worker has no
// file system to load test files from and no Node to run mocha's Node build. Set up before any test file runs.
import 'mocha/mocha';

// The spec reporter prints through console.log, which VS Code forwards to the page (codeAutomationLog).
mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60000 });
