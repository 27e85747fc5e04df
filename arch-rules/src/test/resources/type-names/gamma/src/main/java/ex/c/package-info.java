package ex.c;
