/** The hashes behind bucketing: MD5 (seed-compatible) and MurmurHash3 (stable), over UTF-8, allocation-aware. */
package dev.evalunit.bucketing.hash;
