// The guides that are words only (install, newsrooms, privacy): the layout does it all.
import { start } from './layout.js';

start();
