// One import per rule; the plugin and the docs generator read the rules from here.
export const rules = {};
