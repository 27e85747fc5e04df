#!/usr/bin/env node
// Generates the cross-language bucketing vector file:
//   node bucketing/src/test/node/make-vectors.js > bucketing/src/test/resources/vectors/bucketing-vectors.json
// Seed-compatible vectors come from the source article's own functions (copied verbatim below) with Node's
// built-in crypto md5. Stable vectors come from an independent JavaScript implementation of the stable
// algorithm (MurmurHash3 x86 32-bit over UTF-8 bytes), so the Java code is checked against a second SDK.
"use strict";
var crypto = require("crypto");

// ---- verbatim from the source article ----
function hashUserToVariant(userId, experimentId, variants) {
  var hashInput = userId + ":" + experimentId;
  var hash = crypto.createHash("md5").update(hashInput).digest("hex");
  var hashInt = parseInt(hash.substring(0, 8), 16);
  var normalizedValue = hashInt / 0xffffffff;

  var cumulativeWeight = 0;
  var totalWeight = 0;

  for (var i = 0; i < variants.length; i++) {
    totalWeight += variants[i].weight;
  }

  for (var j = 0; j < variants.length; j++) {
    cumulativeWeight += variants[j].weight / totalWeight;
    if (normalizedValue <= cumulativeWeight) {
      return variants[j];
    }
  }

  return variants[variants.length - 1];
}

function isUserInExperiment(userId, experiment) {
  if (!experiment.active) return false;

  var now = new Date();
  if (experiment.endDate && now > experiment.endDate) return false;

  if (experiment.targetPercent < 100) {
    var hash = crypto.createHash("md5").update(userId + ":eligibility").digest("hex");
    var eligibilityScore = parseInt(hash.substring(0, 8), 16) / 0xffffffff * 100;
    if (eligibilityScore > experiment.targetPercent) return false;
  }

  return true;
}
// ---- end of the article's code ----

// Stable mode, written from the algorithm's description (see README, "Production library").
function murmur3(text) {
  var bytes = Buffer.from(text, "utf8");
  var h = 0, i = 0, k;
  var c1 = 0xcc9e2d51, c2 = 0x1b873593;
  for (; i + 4 <= bytes.length; i += 4) {
    k = bytes[i] | bytes[i + 1] << 8 | bytes[i + 2] << 16 | bytes[i + 3] << 24;
    k = Math.imul(k, c1); k = k << 15 | k >>> 17; k = Math.imul(k, c2);
    h ^= k; h = h << 13 | h >>> 19; h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  k = 0;
  switch (bytes.length & 3) {
    case 3: k ^= bytes[i + 2] << 16; // falls through
    case 2: k ^= bytes[i + 1] << 8; // falls through
    case 1: k ^= bytes[i];
      k = Math.imul(k, c1); k = k << 15 | k >>> 17; k = Math.imul(k, c2); h ^= k;
  }
  h ^= bytes.length;
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

function bucket(text) {
  return murmur3(text) % 10000;
}

// Largest-remainder apportionment of 10000 buckets, contiguous in variant order.
function allocation(weights) {
  var total = weights.reduce(function (a, b) { return a + b; }, 0);
  var counts = [], remainders = [], assigned = 0;
  weights.forEach(function (w, i) {
    var quota = w / total * 10000;
    counts[i] = Math.floor(quota); remainders[i] = quota - counts[i]; assigned += counts[i];
  });
  for (; assigned < 10000; assigned++) {
    var largest = 0;
    for (var i = 1; i < weights.length; i++) if (remainders[i] > remainders[largest]) largest = i;
    counts[largest]++; remainders[largest] = -1;
  }
  var bounds = [], upTo = 0;
  counts.forEach(function (c) { upTo += c; bounds.push(upTo); });
  return bounds;
}

function stableAssign(c) {
  var holdbackBucket = bucket(c.holdbackSalt + ":holdback:" + c.unitId);
  var trafficBucket = bucket(c.salt + ":traffic:" + c.unitId);
  var splitBucket = bucket(c.salt + ":split:" + c.unitId);
  var result;
  if (holdbackBucket < Math.round(c.holdbackPercent * 100)) result = "HOLDBACK";
  else if (trafficBucket >= Math.round(c.targetPercent * 100)) result = "NOT_IN_TRAFFIC";
  else {
    var bounds = allocation(c.weights);
    result = bounds.findIndex(function (b) { return splitBucket < b; });
  }
  return { holdbackBucket: holdbackBucket, trafficBucket: trafficBucket, splitBucket: splitBucket, result: result };
}

// Deterministic inputs: fixed edge cases plus ids from a small LCG.
var seed = 20260201;
function next() { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; }
var units = ["user123", "", "a", "user:with:colons", "José", "用户42", "👩‍💻dev", "\ud800lone", "x".repeat(55),
  "y".repeat(56), "long-" + "z".repeat(120), "Ünïcödé-ΣΩ-😀-end"];
for (var n = 0; units.length < 112; n++) units.push("user-" + next().toString(36) + "-" + n);

var experiments = [
  { id: "exp_summarize_v2", weights: [50, 50], targetPercent: 100 },
  { id: "exp_model_swap_chat", weights: [70, 30], targetPercent: 25 },
  { id: "exp_three_way", weights: [1, 1, 1], targetPercent: 100 },
  { id: "exp_fractions", weights: [0.1, 0.2, 0.7], targetPercent: 99.5 },
  { id: "exp_four", weights: [10, 20, 30, 40], targetPercent: 5 }
];

var seedCompatible = [];
experiments.forEach(function (e) {
  var variants = e.weights.map(function (w, i) { return { id: "v" + i, weight: w }; });
  var experiment = { active: true, endDate: null, targetPercent: e.targetPercent };
  units.forEach(function (u) {
    var inExperiment = isUserInExperiment(u, experiment);
    seedCompatible.push({
      unitId: u, experimentId: e.id, weights: e.weights, targetPercent: e.targetPercent,
      md5Prefix: crypto.createHash("md5").update(u + ":" + e.id).digest("hex").substring(0, 8),
      variantIndex: inExperiment ? variants.indexOf(hashUserToVariant(u, e.id, variants)) : "NOT_IN_TRAFFIC"
    });
  });
});

var stableSetups = [
  { salt: "exp_summarize_v2", weights: [50, 50], targetPercent: 100, holdbackSalt: "evalunit-holdback", holdbackPercent: 0 },
  { salt: "exp_model_swap_chat", weights: [70, 30], targetPercent: 25, holdbackSalt: "evalunit-holdback", holdbackPercent: 5 },
  { salt: "exp_three_way-phase2", weights: [1, 1, 1], targetPercent: 100, holdbackSalt: "team-holdout", holdbackPercent: 10 },
  { salt: "exp_fractions", weights: [0.1, 0.2, 0.7], targetPercent: 12.34, holdbackSalt: "evalunit-holdback", holdbackPercent: 2.5 }
];
var stable = [];
stableSetups.forEach(function (s) {
  units.forEach(function (u) {
    var c = Object.assign({ unitId: u }, s);
    stable.push(Object.assign(c, stableAssign(c)));
  });
});

function lines(entries) {
  return "[\n" + entries.map(function (e) { return "  " + JSON.stringify(e); }).join(",\n") + "\n ]";
}
var description = "Cross-language bucketing vectors for evalunit-bucketing. seedCompatible: computed by the source " +
  "article's hashUserToVariant/isUserInExperiment (Node " + process.version + " crypto md5 of unitId + ':' + " +
  "experimentId and unitId + ':eligibility'). stable: murmur3_x86_32 (seed 0) over the UTF-8 bytes of " +
  "salt + ':traffic:' + unitId, salt + ':split:' + unitId and holdbackSalt + ':holdback:' + unitId, each taken " +
  "unsigned mod 10000; HOLDBACK when holdbackBucket < round(holdbackPercent * 100), NOT_IN_TRAFFIC when " +
  "trafficBucket >= round(targetPercent * 100), else the index of the variant whose range of the 10000 split " +
  "buckets (largest-remainder counts, contiguous, in variant order) holds splitBucket. Lone surrogates encode " +
  "as U+FFFD. Generated by bucketing/src/test/node/make-vectors.js.";
process.stdout.write("{\n \"description\": " + JSON.stringify(description) + ",\n" +
  " \"murmur3Checks\": " + JSON.stringify([["", murmur3("")], ["hello", murmur3("hello")], ["gr1:123", murmur3("gr1:123")]]) + ",\n" +
  " \"seedCompatible\": " + lines(seedCompatible) + ",\n" +
  " \"stable\": " + lines(stable) + "\n}\n");
