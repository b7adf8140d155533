int again() {
  return 4 /*fake:again*/;
}
