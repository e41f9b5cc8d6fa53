/**
 * A dependency-injection container scoped to one request: resolvers and services are created at most once
 * per request, with constructor parameters filled from their emitted `design:paramtypes`. Nothing is shared
 * between requests, so DataLoader caches and the caller's identity never leak.
 */
import type { ContainerType } from 'type-graphql';

type Injectable = new (...args: unknown[]) => unknown;

const services = new WeakSet<object>();

/** Marks a service the container may build; the decorator also makes TypeScript emit its parameter types. */
export function Service(): ClassDecorator {
  return (target) => {
    services.add(target);
  };
}

function isConstructor(value: unknown): value is Injectable {
  return typeof value === 'function';
}

/** Builds resolvers and services for one request; `provided` seeds instances such as the request context. */
export class RequestContainer implements ContainerType {
  private readonly instances = new Map<unknown, unknown>();
  private readonly building = new Set<unknown>();

  constructor(provided: ReadonlyMap<Function, unknown>) {
    for (const [token, instance] of provided) this.instances.set(token, instance);
  }

  /** The instance of a class for this request (type-graphql calls it for every resolver class). */
  get(someClass: unknown): unknown {
    if (this.instances.has(someClass)) return this.instances.get(someClass);
    if (!isConstructor(someClass)) throw new Error(`Cannot inject ${String(someClass)}: not a class.`);
    if (this.building.has(someClass)) {
      throw new Error(`Circular dependency while building ${someClass.name}: split the shared part into a service.`);
    }
    this.building.add(someClass);
    try {
      const instance = new someClass(...this.parametersOf(someClass));
      this.instances.set(someClass, instance);
      return instance;
    } finally {
      this.building.delete(someClass);
    }
  }

  private parametersOf(target: Injectable): unknown[] {
    if (target.length === 0) return [];
    const types: unknown = Reflect.getMetadata('design:paramtypes', target);
    if (!Array.isArray(types)) {
      throw new Error(
        `${target.name} takes constructor parameters but has no emitted types: decorate it with @Service() ` +
          `and compile with decorator metadata (import 'reflect-metadata' first; tsc or @swc/jest, not esbuild/tsx).`,
      );
    }
    return types.map((type: unknown, index) => {
      if (type === Object || type === undefined || !(this.instances.has(type) || (isConstructor(type) && services.has(type)))) {
        const name = isConstructor(type) ? type.name : String(type);
        throw new Error(
          `Cannot inject parameter ${index} (${name}) of ${target.name}: parameters must be @Service() classes ` +
            'or the request context, imported as values (not `import type`).',
        );
      }
      return this.get(type);
    });
  }
}
