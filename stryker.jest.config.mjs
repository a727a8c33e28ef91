// The unit tests of one pure library (STRYKER_LIB, default all of libs/), for mutation testing (stryker.config.mjs).
import config from './jest.config.js';

const unit = config.projects.find((p) => p.displayName === 'unit');
export default { ...unit, testMatch: [`<rootDir>/libs/${process.env.STRYKER_LIB ?? '**'}/**/*.spec.ts`], rootDir: import.meta.dirname };
