// A minimal webpack 5 app: one entry, its chunks next to it in dist/ (index.html loads dist/main.js).
import path from 'node:path'

export default {
  entry: './src/index.js',
  output: { path: path.resolve(import.meta.dirname, 'dist'), clean: true },
  devtool: false,
}
