/** Build-only architecture rules shared by the modules' tests. */
package dev.evalunit.archrules;
