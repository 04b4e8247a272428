// main.ts's first import: the launch's questions leave before the rest of the
// bundle is evaluated (ES modules run in import order).
import { startLaunch } from './launch';

startLaunch();
