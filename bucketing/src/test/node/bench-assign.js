#!/usr/bin/env node
// The JMH AssignmentBenchmark's workload in Node.js, for comparison: the source article's
// isUserInExperiment + hashUserToVariant (built-in crypto md5) over the same 4096 user ids, target 50%.
//   node bucketing/src/test/node/bench-assign.js
"use strict";
var crypto = require("crypto");

function hashUserToVariant(userId, experimentId, variants) {
  var hash = crypto.createHash("md5").update(userId + ":" + experimentId).digest("hex");
  var normalizedValue = parseInt(hash.substring(0, 8), 16) / 0xffffffff;
  var cumulativeWeight = 0, totalWeight = 0;
  for (var i = 0; i < variants.length; i++) totalWeight += variants[i].weight;
  for (var j = 0; j < variants.length; j++) {
    cumulativeWeight += variants[j].weight / totalWeight;
    if (normalizedValue <= cumulativeWeight) return variants[j];
  }
  return variants[variants.length - 1];
}

function isUserInExperiment(userId, experiment) {
  if (!experiment.active) return false;
  var now = new Date();
  if (experiment.endDate && now > experiment.endDate) return false;
  if (experiment.targetPercent < 100) {
    var hash = crypto.createHash("md5").update(userId + ":eligibility").digest("hex");
    if (parseInt(hash.substring(0, 8), 16) / 0xffffffff * 100 > experiment.targetPercent) return false;
  }
  return true;
}

var experiment = { id: "exp_summarize_v2", active: true, endDate: null, targetPercent: 50,
  variants: [{ id: "control", weight: 50 }, { id: "treatment", weight: 50 }] };
var users = [];
for (var u = 0; u < 4096; u++) users.push("user-" + (1000000 + u * 7919));

function assign(userId) {
  return isUserInExperiment(userId, experiment) ? hashUserToVariant(userId, experiment.id, experiment.variants) : null;
}

var sink = 0;
function run(ms) {
  var n = 0, start = process.hrtime.bigint(), end = start + BigInt(ms) * 1000000n;
  while (process.hrtime.bigint() < end) {
    for (var k = 0; k < 1024; k++, n++) if (assign(users[n & 4095])) sink++;
  }
  return n / (Number(process.hrtime.bigint() - start) / 1e9);
}

run(2000); // warm-up
var results = [run(1000), run(1000), run(1000)];
console.log("node " + process.version + " seed-compatible assignments/s: " +
  results.map(function (r) { return Math.round(r).toLocaleString("en-US"); }).join(", ") +
  " (mean " + Math.round(results.reduce(function (a, b) { return a + b; }) / 3).toLocaleString("en-US") + ")" +
  (sink < 0 ? "" : ""));
