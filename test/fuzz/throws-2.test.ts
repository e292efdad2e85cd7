import { fuzzThrows } from './throws-suite.js';

fuzzThrows(1, 2);
