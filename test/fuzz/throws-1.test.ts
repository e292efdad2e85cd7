import { fuzzThrows } from './throws-suite.js';

fuzzThrows(0, 2);
