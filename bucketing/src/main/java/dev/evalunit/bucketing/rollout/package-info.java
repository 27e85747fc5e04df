/** Clock-driven traffic schedules and staged winner rollouts; nothing here sleeps or sets timers. */
package dev.evalunit.bucketing.rollout;
