// simple-keyboard's package.json points only at its UMD build, whose default export does not survive the production
// bundler's CommonJS interop ("default is not a constructor"); its ES module build is imported by path instead.
declare module 'simple-keyboard/build/index.modern.esm.js' {
  export * from 'simple-keyboard';
  export { default } from 'simple-keyboard';
}
