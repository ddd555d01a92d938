/** The YAML language worker (schema validation, completion, hover), bundled locally via `?worker`. */
import 'monaco-yaml/yaml.worker.js';
