// Types of the widgets' attributes, properties and events in templates.
import type {} from 'defense-topics/svelte'
