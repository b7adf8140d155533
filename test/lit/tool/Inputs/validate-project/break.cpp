int breaks() {
  return 3 /*fake:break*/;
}
