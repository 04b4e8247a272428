export * from './gazetteer';
export * from './place';
